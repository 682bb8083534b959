import re

import pytest
from django.test import override_settings

TIBETAN = re.compile(r"[\u0F00-\u0FFF]{3,}")


@pytest.mark.django_db
@override_settings(ROOT_URLCONF="tests.portal.urls_failing")
def test_server_error_page_speaks_both_languages_and_hides_the_fault(client):
    client.raise_request_exception = False
    response = client.get("/failing/")
    content = response.content.decode()
    assert response.status_code == 500
    assert "服务暂时不可用" in content
    assert TIBETAN.search(content)
    assert 'lang="bo"' in content
    assert "a fault deep in the service" not in content
    assert "Traceback" not in content
