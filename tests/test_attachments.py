"""附件材料 (issue 11): documents kept inside the work package with their SHA-256, refused when they are not plain
files, listed in the history; in the dossier (PDF pages appended, images placed, Word beside) and in the submission
package. Read back with sqlite3, pdfinfo/pdftotext and the export folder's SHA256SUMS, not with the code under test."""
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess

import pytest

from test_dock import query
from test_dossier import pdf_pages, pdf_text, printed, render, share
from test_export import build_package
from test_faults_photos import deadline

FIRST, SECOND = "4501992022010001", "4501992022010002"
DECISION_TEXT = "行政处罚决定书"


def sha(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


# ----- test documents (made with Qt, PIL, python-docx and by hand: independent of the code under test) -----------
def qt_pdf(path, pages, text):
    from qgis.PyQt.QtGui import QFont, QPageSize, QPainter, QPdfWriter
    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    for n in range(pages):
        if n:
            writer.newPage()
        painter.setFont(QFont("Noto Sans CJK SC", 24))
        painter.drawText(300, 600, "{} 第{}页".format(text, n + 1))
    painter.end()
    return path


def rotated_pdf(path):
    """A one-page PDF turned by /Rotate 90 (as scanners write landscape pages): GDAL cannot copy it faithfully."""
    stream = b"BT /F1 24 Tf 50 100 Td (ROTATED SCAN) Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate 90 /Resources << /Font << /F1 5 0 R"
               b" >> >> /Contents 4 0 R >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open(path, "wb") as fh:
        fh.write(out)
    return path


def png(path):
    from PIL import Image
    img = Image.new("RGB", (900, 600), (30, 90, 200))  # blue: found on the rendered page
    img.save(path, "PNG")
    return path


def docx(path):
    import docx as python_docx
    doc = python_docx.Document()
    doc.add_paragraph("情况说明：该地块为村民自建房。")
    doc.save(path)
    return path


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    folder = tmp_path_factory.mktemp("材料 docs")
    return {"pdf": qt_pdf(str(folder / "处罚决定.pdf"), 2, DECISION_TEXT),
            "png": png(str(folder / "现场示意图.png")),
            "docx": docx(str(folder / "情况说明.docx")),
            "rotated": rotated_pdf(str(folder / "横向扫描.pdf"))}


@pytest.fixture
def package(qgis_processing, tmp_path):
    folder = tmp_path / "pkg"
    folder.mkdir()
    return build_package(qgis_processing, str(folder))


@pytest.fixture(scope="module")
def attached(qgis_processing, tmp_path_factory, documents):
    """test_export's package with four attachments on FIRST: a .docx 情况说明, a PDF decision, a PNG sketch and a
    rotated scan (numbered in that order: by kind, then as added)."""
    from wpzf.core.store import attachments as A
    folder = str(tmp_path_factory.mktemp("附件 attached"))
    wp_path = build_package(qgis_processing, folder)
    A.add(wp_path, FIRST, documents["pdf"], "违法处理材料", title="行政处罚决定书", user="李四")
    A.add(wp_path, FIRST, documents["png"], "举证材料", user="李四")
    A.add(wp_path, FIRST, documents["docx"], "情况说明", note="村委会出具", user="李四")
    A.add(wp_path, FIRST, documents["rotated"], "其他", title="横向扫描件", user="李四")
    return wp_path


# ----- the store ---------------------------------------------------------------------------------------------------
def test_add_list_data_remove_with_history(package, documents):
    from wpzf.core.store import attachments as A
    assert query(package, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'attachments'") == [(0,)]
    assert A.list(package) == []  # an older package: nothing attached, nothing created by reading
    row = A.add(package, FIRST, documents["pdf"], "违法处理材料", user="张三")
    assert query(package, "SELECT data_type FROM gpkg_contents WHERE table_name = 'attachments'") == [("attributes",)]
    stored = query(package, "SELECT JCBH, KIND, TITLE, FILENAME, SHA256, SIZE, USER, typeof(DATA), length(DATA)"
                            " FROM attachments")
    assert stored == [(FIRST, "违法处理材料", "处罚决定", "处罚决定.pdf", sha(documents["pdf"]),
                       os.path.getsize(documents["pdf"]), "张三", "blob", os.path.getsize(documents["pdf"]))]
    with open(documents["pdf"], "rb") as fh:
        assert A.data(package, row["_fid"]) == fh.read()
    listed = A.list(package, FIRST)
    assert [r["_fid"] for r in listed] == [row["_fid"]] and "DATA" not in listed[0]
    assert A.list(package, SECOND) == []
    second = A.add(package, FIRST, documents["docx"], "情况说明", title="村委会情况说明", user="张三")
    assert [r["KIND"] for r in A.list(package, FIRST)] == ["情况说明", "违法处理材料"]  # numbered by kind
    label = "违法处理材料：处罚决定（SHA-256 {}）".format(sha(documents["pdf"])[:12])
    A.remove(package, row["_fid"], user="王五")
    assert [r["_fid"] for r in A.list(package)] == [second["_fid"]]
    history = query(package, "SELECT JCBH, USER, FIELD, OLD, NEW, ACTION FROM history WHERE FIELD = 'attachment'"
                             " ORDER BY fid")
    assert history == [
        (FIRST, "张三", "attachment", "", label, "attachment:add"),
        (FIRST, "张三", "attachment", "", "情况说明：村委会情况说明（SHA-256 {}）".format(sha(documents["docx"])[:12]),
         "attachment:add"),
        (FIRST, "王五", "attachment", label, "", "attachment:remove")]


def test_refusals_name_the_patch_the_file_and_what_to_do(package, documents, tmp_path):
    from wpzf.core.store import attachments as A
    from wpzf.core.errors import WpzfError
    fifo = str(tmp_path / "管道.pdf")
    os.mkfifo(fifo)
    os.symlink("/dev/zero", str(tmp_path / "zero.pdf"))
    empty = tmp_path / "空.pdf"
    empty.write_bytes(b"")
    huge = str(tmp_path / "巨大.pdf")
    with open(huge, "wb") as fh:  # sparse: 51 MB on paper, nothing on disk
        fh.truncate((A.MAX_ATTACHMENT_MB + 1) << 20)
    cases = [((FIRST, fifo, "举证材料"), ["管道.pdf", "不是普通文件"]),
             ((FIRST, str(tmp_path / "zero.pdf"), "举证材料"), ["zero.pdf", "不是普通文件"]),
             ((FIRST, "/dev/zero", "举证材料"), ["不是普通文件"]),
             ((FIRST, str(tmp_path), "举证材料"), ["不是普通文件"]),
             ((FIRST, str(empty), "举证材料"), ["空文件"]),
             ((FIRST, huge, "举证材料"), ["51.0 MB", "50 MB", "压缩"]),
             ((FIRST, str(tmp_path / "不存在.pdf"), "举证材料"), ["不存在"]),
             (("4501999999999", documents["pdf"], "举证材料"), ["4501999999999", "没有图斑"]),
             ((FIRST, documents["pdf"], "判决书"), ["判决书", "情况说明"])]
    for args, words in cases:
        with deadline(10), pytest.raises(WpzfError) as err:
            A.add(package, *args)
        for word in words:
            assert word in str(err.value), (args, str(err.value))
        if args[0] == FIRST and args[2] == "举证材料":
            assert FIRST in str(err.value) and "未添加" in str(err.value)
    A.add(package, FIRST, documents["pdf"], "举证材料")
    with pytest.raises(WpzfError) as err:
        A.add(package, FIRST, documents["pdf"], "违法处理材料", title="另一个名字")
    assert "内容相同" in str(err.value) and "处罚决定" in str(err.value) and FIRST in str(err.value)
    A.add(package, SECOND, documents["pdf"], "举证材料")  # the same document on another patch is fine
    assert query(package, "SELECT JCBH FROM attachments ORDER BY fid") == [(FIRST,), (SECOND,)]


def tamper(wp_path, title):
    """Change one byte of a stored attachment behind the plugin's back."""
    con = sqlite3.connect(wp_path)
    fid, blob = con.execute("SELECT fid, DATA FROM attachments WHERE TITLE = ?", (title,)).fetchone()
    changed = bytearray(blob)
    changed[len(changed) // 2] ^= 0xFF
    con.execute("UPDATE attachments SET DATA = ? WHERE fid = ?", (bytes(changed), fid))
    con.commit()
    con.close()
    return fid


def test_tampered_data_is_refused_and_reported_by_the_export(qgis_processing, package, documents, tmp_path):
    from openpyxl import load_workbook
    from wpzf.core.store import attachments as A
    from wpzf.core.errors import WpzfError
    A.add(package, FIRST, documents["pdf"], "违法处理材料", title="处罚决定书")
    good = A.add(package, FIRST, documents["docx"], "情况说明")
    fid = tamper(package, "处罚决定书")
    with pytest.raises(WpzfError) as err:
        A.data(package, fid)
    assert FIRST in str(err.value) and "处罚决定书" in str(err.value) and "SHA-256" in str(err.value)
    assert A.data(package, good["_fid"])  # the other one is untouched
    out = tmp_path / "out"
    with pytest.raises(Exception) as err:
        qgis_processing.run("wpzf:export", {"WORKPACKAGE": package, "OUTPUT_FOLDER": str(out)})
    assert "处罚决定书" in str(err.value) and FIRST in str(err.value)
    result = qgis_processing.run("wpzf:export", {"WORKPACKAGE": package, "OUTPUT_FOLDER": str(out), "FORCE": True})
    folder = result["PACKAGE"]
    assert result["ATTACHMENTS"] == 1
    # numbered as in the dossier: 情况说明 is 1, the refused decision 2 (its number is not reused)
    assert sorted(os.listdir(os.path.join(folder, "附件材料", FIRST))) == ["{}_1_情况说明.docx".format(FIRST)]
    wb = load_workbook(os.path.join(folder, "自检问题清单.xlsx"))
    text = "\n".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value)
    assert any("处罚决定书" in line and FIRST in line and "SHA-256" in line for line in text.split("\n"))


# ----- the dossier -------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def dossier(qgis_processing, attached, tmp_path_factory):
    out = str(tmp_path_factory.mktemp("卷宗 out"))
    result = qgis_processing.run("wpzf:dossier", {"WORKPACKAGE": attached, "OUTPUT_FOLDER": out,
                                                  "JCBH": "{},{}".format(FIRST, SECOND)})
    return result, out


def test_dossier_appends_the_pdf_places_the_image_and_keeps_word_beside(dossier, documents, attached, tmp_path):
    result, out = dossier
    first = os.path.join(out, FIRST + ".pdf")
    text = pdf_text(first)
    pages = pdf_pages(first)
    # the incremental update is a well-formed PDF: poppler reads it without a word of complaint
    check = subprocess.run(["pdfinfo", first], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert check.returncode == 0 and check.stderr == b"", check.stderr
    assert re.search(r"^Title:\s+卫片执法图斑卷宗 {}$".format(FIRST), check.stdout.decode("utf-8"), re.M)
    # the decision's two pages come last, as they are (searchable text), after the dossier's own pages
    last_two = [subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), first, "-"], check=True,
                               stdout=subprocess.PIPE).stdout.decode("utf-8") for p in (pages - 1, pages)]
    assert printed(DECISION_TEXT + "第1页", last_two[0]) and printed(DECISION_TEXT + "第2页", last_two[1])
    own = pdf_pages(os.path.join(out, SECOND + ".pdf"))  # no attachments: the dossier alone
    assert result["PAGES"] == pages + own
    for words in ("附件材料（4件）", "情况说明", "行政处罚决定书", "现场示意图", "横向扫描件", "附于正文后第1–2页",
                  "见下图", "附件1《情况说明》：Word文件，卷宗PDF无法容纳，另附为{}_附件1_情况说明.docx。".format(FIRST),
                  "附件4《横向扫描件》：第1页无法原样并入", "另附为{}_附件4_横向扫描件.pdf".format(FIRST),
                  "附件3·举证材料·现场示意图（现场示意图.png）"):
        assert printed(words, text), words
    assert printed("附件材料（0件）", pdf_text(os.path.join(out, SECOND + ".pdf")))
    # beside the dossier: the Word file and the scan that could not be appended, byte for byte
    beside = sorted(f for f in os.listdir(out) if "附件" in f)
    assert beside == ["{}_附件1_情况说明.docx".format(FIRST), "{}_附件4_横向扫描件.pdf".format(FIRST)]
    assert sha(os.path.join(out, beside[0])) == sha(documents["docx"])
    assert sha(os.path.join(out, beside[1])) == sha(documents["rotated"])
    assert not any(f.startswith(".") for f in os.listdir(out))
    # the image is placed: its blue fills a good part of some page of the dossier's own
    blue = max(share(render(first, p, str(tmp_path)), lambda r, g, b: (b > 150) & (r < 80) & (g < 130))
               for p in range(2, pages - 1))
    assert blue > 0.1, blue


def test_dossier_without_a_pdf_reader_keeps_pdfs_beside(attached, tmp_path, monkeypatch):
    """A QGIS whose GDAL cannot read PDF: the decision is copied next to the dossier and the dossier says why."""
    from wpzf.core import pdf
    from wpzf.core.dossier.build import build_dossiers
    monkeypatch.setattr(pdf, "can_merge", lambda: False)
    out = str(tmp_path / "out")
    result = build_dossiers(attached, out, jcbhs=[FIRST])
    text = pdf_text(os.path.join(out, FIRST + ".pdf"))
    assert printed("附件2《行政处罚决定书》：本机GDAL不能读取PDF", text)
    assert printed("另附为{}_附件2_行政处罚决定书.pdf".format(FIRST), text)
    assert not printed(DECISION_TEXT + "第1页", text)
    assert len(result.attachment_files) == 3 and result.attachments_appended == {}


def test_a_failed_merge_keeps_the_dossier_and_puts_the_pdf_beside(attached, tmp_path, monkeypatch):
    from wpzf.core import pdf
    from wpzf.core.dossier.build import build_dossiers

    def broken(*args, **kwargs):
        raise pdf.PdfMergeError("合并测试失败")

    monkeypatch.setattr(pdf, "append_pdfs", broken)
    out = str(tmp_path / "out")
    result = build_dossiers(attached, out, jcbhs=[FIRST])
    assert any("合并测试失败" in w and FIRST in w for w in result.warnings)
    text = pdf_text(os.path.join(out, FIRST + ".pdf"))
    assert printed("附件2《行政处罚决定书》：与卷宗合并失败，未并入，另附为", text)
    assert "{}_附件2_行政处罚决定书.pdf".format(FIRST) in os.listdir(out)
    assert result.files[0][2] == pdf_pages(os.path.join(out, FIRST + ".pdf"))


def test_tampered_attachment_is_named_not_used_by_the_dossier(qgis_processing, attached, tmp_path):
    from wpzf.core.dossier.build import build_dossiers
    wp_path = str(tmp_path / "wp.gpkg")
    shutil.copyfile(attached, wp_path)
    tamper(wp_path, "行政处罚决定书")
    result = build_dossiers(wp_path, str(tmp_path / "out"), jcbhs=[FIRST])
    assert any("行政处罚决定书" in w and FIRST in w for w in result.warnings)
    text = pdf_text(str(tmp_path / "out" / (FIRST + ".pdf")))
    # (pdftotext loses some digits Qt wrote in labels: "SHA-256" comes back as "SHA-")
    assert printed("附件2《行政处罚决定书》：工作库中的内容与登记的SHA-", text) and printed("不符，未列入本卷宗", text)
    assert not printed(DECISION_TEXT + "第1页", text)


def test_review_record_marks_and_building_time_in_the_judgment(qgis_processing, package, tmp_path):
    from wpzf.core.store.workpackage import WorkPackage
    WorkPackage(package).update_patches({FIRST: {
        "JTHS": 1, "HSRQ": "2022-03-01", "HSJG": "维持违法判定", "HSJYBH": "县卫片会审〔2022〕3号",
        "LDHCRQ": "2022-03-02", "LDHCR": "赵六、钱七", "JSSJ": "2021-06-30", "JSSJYJ": "2021年6月影像已见房屋",
        "SFFNH": 1, "SFLZJF": 0}})
    result = qgis_processing.run("wpzf:dossier", {"WORKPACKAGE": package, "OUTPUT_FOLDER": str(tmp_path / "o"),
                                                  "JCBH": FIRST})
    assert result["COUNT"] == 1
    text = pdf_text(str(tmp_path / "o" / (FIRST + ".pdf")))
    for words in ("需集体会审是", "会审日期2022-03-01", "会审结果维持违法判定", "会审纪要编号县卫片会审〔2022〕3号",
                  "领导小组核查日期2022-03-02", "领导小组核查人赵六、钱七", "建设时间2021-06-30",
                  "建设时间依据2021年6月影像已见房屋", "非农化是", "新增乱占耕地建房否"):
        assert printed(words, text), words


# ----- the submission package --------------------------------------------------------------------------------------
def test_export_writes_verified_attachments_listed_in_the_manifest(qgis_processing, attached, documents, tmp_path):
    result = qgis_processing.run("wpzf:export", {"WORKPACKAGE": attached, "OUTPUT_FOLDER": str(tmp_path)})
    folder = result["PACKAGE"]
    assert result["ATTACHMENTS"] == 4
    names = sorted(os.listdir(os.path.join(folder, "附件材料", FIRST)))
    assert names == ["{}_1_情况说明.docx".format(FIRST), "{}_2_行政处罚决定书.pdf".format(FIRST),
                     "{}_3_现场示意图.png".format(FIRST), "{}_4_横向扫描件.pdf".format(FIRST)]
    assert os.listdir(os.path.join(folder, "附件材料")) == [FIRST]
    originals = [documents[k] for k in ("docx", "pdf", "png", "rotated")]
    with open(os.path.join(folder, "SHA256SUMS.txt"), encoding="utf-8") as fh:
        sums = dict(reversed(line.split("  ", 1)) for line in fh.read().splitlines())
    for name, original in zip(names, originals):
        rel = "附件材料/{}/{}".format(FIRST, name)
        assert sums[rel] == sha(original) == sha(os.path.join(folder, "附件材料", FIRST, name)), name
    with open(os.path.join(folder, "manifest.json"), encoding="utf-8") as fh:
        manifest = json.load(fh)
    assert manifest["attachment_count"] == 4
    assert [(a["n"], a["kind"], a["sha256"]) for a in manifest["attachments"]] == [
        (1, "情况说明", sha(documents["docx"])), (2, "违法处理材料", sha(documents["pdf"])),
        (3, "举证材料", sha(documents["png"])), (4, "其他", sha(documents["rotated"]))]
    check = subprocess.run(["sha256sum", "-c", "--quiet", "SHA256SUMS.txt"], cwd=folder, stdout=subprocess.PIPE)
    assert check.returncode == 0, check.stdout


def test_attachment_names_are_sanitised(qgis_processing, package, documents, tmp_path):
    from wpzf.core.store import attachments as A
    A.add(package, FIRST, documents["pdf"], "举证材料", title='../../逃逸:"名字"?')
    result = qgis_processing.run("wpzf:export", {"WORKPACKAGE": package, "OUTPUT_FOLDER": str(tmp_path / "o")})
    found = []
    for dirpath, _dirs, files in os.walk(result["PACKAGE"]):
        found += [os.path.relpath(os.path.join(dirpath, f), result["PACKAGE"]) for f in files if f.endswith(".pdf")]
    assert len(found) == 1 and found[0].startswith("附件材料/{}/{}_1_".format(FIRST, FIRST)), found
    assert found[0].count("/") == 2 and not re.search(r'[:"?\\]', found[0])  # a name, not a path


def test_a_scanned_pdf_is_appended_to_a_body_as_it_is(tmp_path):
    """The commonest attachment, a scan (PIL writes one JPEG per page), appended to a Qt-written body: both keep
    every page, byte-identical body, and the result is read without complaint."""
    from PIL import Image
    from wpzf.core import pdf
    body = qt_pdf(str(tmp_path / "body.pdf"), 2, "卷宗正文")
    scan = str(tmp_path / "scan.pdf")
    pages = [Image.new("RGB", (620, 877), colour) for colour in ((200, 40, 40), (40, 160, 60), (40, 60, 200))]
    pages[0].save(scan, "PDF", resolution=75.0, save_all=True, append_images=pages[1:])
    normalized = str(tmp_path / "normalized.pdf")
    assert pdf.normalize(scan, normalized, "扫描件") == 3
    target = str(tmp_path / "out.pdf")
    assert pdf.append_pdfs(body, [(normalized, scan, "扫描件")], target) == 5
    with open(body, "rb") as a, open(target, "rb") as b:
        assert b.read().startswith(a.read())  # an incremental update: the body's bytes are untouched
    check = subprocess.run(["pdfinfo", target], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert check.returncode == 0 and check.stderr == b"" and b"Pages:           5" in check.stdout
    assert pdf.differing_pages(scan, target, 3) == [] and pdf.differing_pages(body, target, 1) == []
    images = subprocess.run(["pdfimages", "-list", target], check=True, stdout=subprocess.PIPE).stdout.decode()
    assert [line.split()[0] for line in images.splitlines()[2:]] == ["3", "4", "5"]  # one scan on each new page
