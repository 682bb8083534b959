"""The departments that answer complaints and the categories that route complaints to them
(clause 7.3: a designated department). Staff rename them, add members and add categories in
the admin."""

from django.db import migrations

DEPARTMENTS = {
    "guidance": ("职业指导服务科", "ལས་རིགས་མཛུབ་སྟོན་ཞབས་ཞུའི་སྡེ་ཚན།"),
    "information": ("就业信息科", "ལས་ཞུགས་ཆ་འཕྲིན་སྡེ་ཚན།"),
    "training": ("职业培训科", "ལས་རིགས་སྦྱོང་བརྡར་སྡེ་ཚན།"),
    "office": ("综合办公室", "སྤྱི་ཁྱབ་ལས་ཁང་།"),
}
CATEGORIES = [
    ("服务态度", "ཞབས་ཞུའི་ཀུན་སྤྱོད།", "guidance"),
    ("服务质量", "ཞབས་ཞུའི་སྤུས་ཚད།", "guidance"),
    ("预约与等候", "དུས་ཚོད་སྔོན་འཁེལ་དང་སྒུག་པ།", "guidance"),
    ("岗位信息", "ལས་གནས་ཀྱི་ཆ་འཕྲིན།", "information"),
    ("职业培训", "ལས་རིགས་སྦྱོང་བརྡར།", "training"),
    ("个人信息保护", "མི་སྒེར་གྱི་ཆ་འཕྲིན་སྲུང་སྐྱོབ།", "office"),
    ("其他", "གཞན།", "office"),
]


def create(apps, schema_editor):
    Department = apps.get_model("complaints", "Department")
    ComplaintCategory = apps.get_model("complaints", "ComplaintCategory")
    departments = {
        key: Department.objects.create(name_zh=zh, name_bo=bo)
        for key, (zh, bo) in DEPARTMENTS.items()
    }
    for order, (zh, bo, department) in enumerate(CATEGORIES):
        ComplaintCategory.objects.create(
            name_zh=zh, name_bo=bo, department=departments[department], sort_order=order
        )


def remove(apps, schema_editor):
    apps.get_model("complaints", "ComplaintCategory").objects.all().delete()
    apps.get_model("complaints", "Department").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("complaints", "0002_roles")]

    operations = [migrations.RunPython(create, remove)]
