"""wpzf:dossier on the sample county with its land use, farmland, red line and approvals layers."""
import os

import pytest

from test_dossier import glyphs, pdf_pages, pdf_text, region, render, share
from test_export_county import prepare, reference


@pytest.fixture(scope="module")
def county_dossiers(qgis_processing, sample_county, tmp_path_factory):
    from wpzf.core.store.workpackage import WorkPackage
    folder = str(tmp_path_factory.mktemp("示范县 dossier"))
    wp = prepare(qgis_processing, sample_county, folder)
    chosen = sorted(WorkPackage(wp).jcbh_list())[:3]
    out = os.path.join(folder, "卷宗")
    params = {"WORKPACKAGE": wp, "OUTPUT_FOLDER": out, "JCBH": ",".join(chosen)}
    for name, key in (("LANDUSE", "landuse"), ("FARMLAND", "farmland"), ("REDLINE", "redline"),
                      ("APPROVALS", "approvals")):
        params[name] = reference(sample_county, key)
    result = qgis_processing.run("wpzf:dossier", params)
    return wp, chosen, out, result


def test_every_chosen_patch_has_a_complete_dossier(county_dossiers):
    wp, chosen, out, result = county_dossiers
    from wpzf.core.store.workpackage import WorkPackage
    package = WorkPackage(wp)
    assert sorted(os.listdir(out)) == ["00_目录.pdf"] + ["{}.pdf".format(j) for j in chosen]
    for jcbh in chosen:
        path = os.path.join(out, jcbh + ".pdf")
        text = pdf_text(path)
        patch = package.patch(jcbh)
        assert jcbh in text and patch["QSX"] in text and patch["HSX"] in text
        assert glyphs("土地利用现状（三调）") in glyphs(text)
        photos = package.photos(jcbh)
        assert glyphs("举证照片（{}张）".format(len(photos))) in glyphs(text)
        pages = pdf_pages(path)
        assert glyphs("第{}页/共{}页".format(pages, pages)) in glyphs(text)
    assert result["PAGES"] == sum(pdf_pages(os.path.join(out, j + ".pdf")) for j in chosen)


def test_county_map_shows_land_use_and_the_patch(county_dossiers, tmp_path):
    _wp, chosen, out, _result = county_dossiers
    img = render(os.path.join(out, chosen[0] + ".pdf"), 1, str(tmp_path))
    whole_map = region(img, 25, 110, 185, 275)
    assert share(whole_map, lambda r, g, b: (r < 245) | (g < 245) | (b < 245)) > 0.6  # land use everywhere
    # the patch outline, drawn around the map's centre (left of the legend in the lower right corner)
    middle = region(img, 40, 110, 145, 260)
    red = (middle[..., 0] > 200) & (middle[..., 1] < 70) & (middle[..., 2] < 70)
    ys, xs = red.nonzero()
    assert len(xs) >= 20
    assert abs(40 + xs.mean() / MM - 105) < 10 and 150 < 110 + ys.mean() / MM < 230


MM = 60 / 25.4
