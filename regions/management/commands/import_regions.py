"""manage.py import_regions [FILE.csv]: load Lhasa's districts, counties and townships."""

from django.core.management.base import BaseCommand, CommandError

from regions.importing import SHIPPED_CSV, import_townships


class Command(BaseCommand):
    help = (
        "Import the districts, counties and townships (乡镇/街道) from a UTF-8 CSV file with a "
        "header row, one row per township. Columns: area_code, area_kind (district, county, "
        "tibet or outside), area_name_zh, area_name_bo, area_latitude, area_longitude, code "
        "(a lowercase slug such as dazi-deqing), kind (subdistrict, town, township or other), "
        "name_zh, name_bo, latitude, longitude (WGS-84 degrees, at most 5 decimals). Every row "
        "is checked first; if any is bad, the problems are listed by line and column and "
        "nothing is imported. Importing again updates names, kinds, coordinates and order by "
        "code and lists what changed; nothing is deleted. Without a file, the shipped data "
        "(regions/data/townships.csv) is imported."
    )

    def add_arguments(self, parser):
        parser.add_argument("csv_file", nargs="?", default=str(SHIPPED_CSV))
        parser.add_argument(
            "--dry-run", action="store_true", help="Only check the file; change nothing."
        )

    def handle(self, *args, csv_file, dry_run, **options):
        try:
            result = import_townships(csv_file, dry_run=dry_run)
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
        for change in result.created:
            self.stdout.write(f"created {change}")
        for change in result.updated:
            self.stdout.write(f"updated {change}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {csv_file}: {len(result.created)} created, {len(result.updated)} "
                f"updated, {result.unchanged} unchanged."
            )
        )
