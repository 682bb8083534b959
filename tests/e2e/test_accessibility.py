"""Automated accessibility checks (axe-core, served from node_modules) on the pages every
worker passes through, in both languages."""

import pytest

from tests.e2e.helpers import AXE, LANGUAGES, path_of

pytestmark = pytest.mark.browser

BLOCKING_IMPACTS = {"serious", "critical"}
RUN_AXE = """async () => {
    const results = await axe.run(document, {resultTypes: ["violations"]});
    return results.violations.map(violation => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        helpUrl: violation.helpUrl,
        nodes: violation.nodes.map(node => ({
            target: node.target.join(" "),
            html: node.html,
            summary: node.failureSummary,
        })),
    }));
}"""


def describe(path, violation):
    lines = [f"{path}: {violation['id']} ({violation['impact']}): {violation['help']}"]
    lines.append(f"    {violation['helpUrl']}")
    for node in violation["nodes"]:
        lines.append(f"    - {node['target']}: {node['html'][:200]}")
        for detail in (node["summary"] or "").splitlines():
            lines.append(f"        {detail}")
    return "\n".join(lines)


def test_no_serious_accessibility_violations(new_context, demo):
    """4.1.3 (pages usable by every worker, in both languages): axe-core finds no serious or
    critical violation on the home page, the disclosure section and a disclosure page (7.1.1),
    in Chinese and in Tibetan.

    The context bypasses the Content-Security-Policy only so that axe can be injected.
    """
    assert AXE.exists(), f"{AXE} is missing: run `npm ci` in the project folder"
    page = new_context(bypass_csp=True).new_page()
    targets = [
        target
        for language in LANGUAGES
        for target in (
            demo.home(language),
            demo.disclosure("disclosure_index", language),
            demo.disclosure("service_process", language),
        )
    ]
    problems = []
    for target in targets:
        path = path_of(target)
        assert page.goto(path).status == 200
        page.evaluate("document.fonts.ready.then(() => true)")
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate(RUN_AXE)
        problems += [describe(path, v) for v in violations if v["impact"] in BLOCKING_IMPACTS]
    if problems:
        print("\n".join(problems))
    assert not problems, "axe-core found serious or critical violations:\n" + "\n".join(problems)
