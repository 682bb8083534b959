from workers.records import WorkerRecordForm


class InterviewForm(WorkerRecordForm):
    def save(self, commit=True):
        if self.instance.pk is None:
            self.instance.arranged_by = self.for_user
        return super().save(commit=commit)
