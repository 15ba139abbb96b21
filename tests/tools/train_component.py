#!/usr/bin/env python3
"""train_component.py - train rules/component.model, the word model of the
component: train_class.py --field component (see its docstring).

The component of a report (rules/classify.rules, [component.*]) is found by
weighted phrase patterns; when none reaches component_min the filter falls
back to [classify] default_component (core).  Only then does
milter/classify.c ask this model, and believes it only when its winner leads
the runner-up by [wordmodel] min_margin; `analyze --json` then says
"component_source": "words".  Trained on the devset and held-out messages
up to --max-message (default 544); thread replies and messages whose label
has no component (not reports) are left out.

Usage (from the top of the repository, after make):

  python3 tests/tools/train_component.py                        # writes rules/component.model
  python3 tests/tools/train_component.py --loro 36-47 --filter  # leave-one-round-out
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import train_class  # noqa: E402

if __name__ == "__main__":
    train_class.main("component")
