// The models a restorer uses when no model file is given (tests, and a
// build without dictionaries/): the decision rule unspin had before it was
// learned, written as a linear model.
#pragma once

#include "decide/linear_model.h"

namespace unspin {

// evidence = (gain + pooled gain) / 2 + prior + document shift +
// consistency, in log10 odds, as unspin decided before the learned model:
// the two models' gains weigh a quarter each, the prior (the rule's
// confidence) fully, the document's spin log odds so that a clean document
// (probability 0.1) costs about one log10 unit and a spun one gains it, and
// a document that writes the original itself loses evidence.
LinearModel DefaultDecisionModel();

}  // namespace unspin
