"""Bulk import of jobs from a CSV or XLSX file (clause 6.3.1: the service collects jobs).

`parsing` reads the file into rows of text, `checking` checks every row with the rules of the
public intake form, `importing` saves the good rows as drafts in the review workflow, and
`views` is the staff page that shows the per-row report.
"""
