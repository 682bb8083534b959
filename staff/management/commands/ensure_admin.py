"""Create the first administrator account of a new installation and print how to sign in."""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

USERNAME = "admin"


class Command(BaseCommand):
    help = "Create the administrator account 'admin' if there is none, and print its password."

    def handle(self, *args, **options):
        password_file = settings.BASE_DIR / ".admin-password"
        User = get_user_model()
        user = User.objects.filter(username=USERNAME).first()
        if user is None:
            password = os.environ.get("ADMIN_PASSWORD") or secrets.token_urlsafe(12)
            User.objects.create_superuser(USERNAME, email="", password=password)
            password_file.write_text(password + "\n")
            password_file.chmod(0o600)
        elif password_file.exists():
            password = password_file.read_text().strip()
        else:
            password = None
        admin_url = f"{settings.WAGTAILADMIN_BASE_URL}/admin/"
        shown = password or "unchanged (python manage.py changepassword admin)"
        self.stdout.write(
            self.style.SUCCESS(f"Admin: {admin_url}  user: {USERNAME}  password: {shown}")
        )
