"""Employers in the staff admin (clause 6.3.1): job reviewers list, correct and verify the
employers that post jobs, whether they came in through the public form or were entered by staff."""
