"""The public job-intake form (clause 6.3.1, collecting jobs): an employer describes a job, which
becomes a draft job page for the review workflow, with the employer recorded unverified."""
