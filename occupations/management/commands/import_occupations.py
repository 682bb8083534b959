"""manage.py import_occupations FILE.csv: load the occupational classification (clause 4.4.2(2))."""

from django.core.management.base import BaseCommand, CommandError

from occupations.importing import import_occupations


class Command(BaseCommand):
    help = (
        "Import the occupational classification (中华人民共和国职业分类大典) from a UTF-8 CSV "
        "file with a header row. Columns: code (required: 6, 6-29, 6-29-01 or 6-29-01-01 for a "
        "major, medium or minor group or an occupation), level (optional, 1-4, must match the "
        "code), parent_code (optional, must match the code), name_zh (required, Chinese), "
        "name_bo (required, Tibetan). A row's group must be in the file or already imported. "
        "Every row is checked first; if any is bad, the problems are listed by line and column "
        "and nothing is imported. Importing again updates names and adds new codes; nothing is "
        "deleted. The shipped data is occupations/data/occupations.csv."
    )

    def add_arguments(self, parser):
        parser.add_argument("csv_file", help="Path of the CSV file.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Only check the file; change nothing."
        )

    def handle(self, *args, csv_file, dry_run, **options):
        try:
            result = import_occupations(csv_file, dry_run=dry_run)
        except OSError as error:
            raise CommandError(f"Cannot read {csv_file}: {error.strerror or error}") from error
        if result.errors:
            for error in result.errors:
                self.stderr.write(f"{csv_file}: {error}")
            count = len(result.errors)
            raise CommandError(
                f"{count} problem{'s' if count != 1 else ''} in {csv_file}; nothing was imported."
            )
        if dry_run:
            self.stdout.write(self.style.SUCCESS(f"{csv_file} is valid; nothing was changed."))
            return
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {csv_file}: {result.created} created, {result.updated} updated, "
                f"{result.unchanged} unchanged."
            )
        )
