"""Reviewing jobs before they go public (clause 6.3.1): the review workflow and its task
(workflow.py, tasks.py), and the warnings reviewers see in the editor (warnings.py, panels.py)."""
