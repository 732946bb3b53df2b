//! Evaluation of the cleaner against labelled pages (the layout of ../shared/bench).
