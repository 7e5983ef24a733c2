"""The spider of test_scrapy.py: follows the index's article links on the
local test site and yields each article's title and body."""
import scrapy


class ArticleSpider(scrapy.Spider):
    name = "articles"

    def __init__(self, base="http://127.0.0.1:8000/", **kwargs):
        super().__init__(**kwargs)
        self.start_urls = [base + "index.html"]

    def parse(self, response):
        for href in response.css("a.article::attr(href)").getall():
            yield response.follow(href, self.parse_article)

    def parse_article(self, response):
        yield {
            "url": response.url,
            "title": response.css("h1::text").get(),
            "body": "\n\n".join(response.css("article p::text").getall()),
        }
