"""wpzf:prejudge — a suggested judgment with its reasons for every patch (never the judgment itself)."""
from qgis.core import (QgsFeature, QgsProcessingOutputNumber, QgsProcessingParameterFeatureSink,
                       QgsProcessing)

from ..core.errors import InputError
from ..core.intake.layers import qgs_field
from ..core.judging import PREJUDGE_FIELDS, policy_for, prejudge_rows, prejudge_tally, write_prejudge
from .base import WpzfAlgorithm
from .judging_params import add_source_parameters, add_year_parameter, read_source, year_value
from . import package_param


class PrejudgeAlgorithm(WpzfAlgorithm):
    ALG_ID = "prejudge"
    PACKAGE_ROLE = package_param.ADMIN
    DISPLAY_NAME = "预判（合法性建议及理由）"
    GROUP = "2 判定与核验"
    GROUP_ID = "judge"

    def initAlgorithm(self, config=None):
        add_source_parameters(self)
        add_year_parameter(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("预判结果（仅给图斑图层时）"), QgsProcessing.SourceType.TypeVectorPolygon, optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("LEGAL", self.tr("建议合法")))
        self.addOutput(QgsProcessingOutputNumber("ILLEGAL", self.tr("建议违法")))
        self.addOutput(QgsProcessingOutputNumber("OTHER", self.tr("建议其他用地")))
        self.addOutput(QgsProcessingOutputNumber("FLAGGED", self.tr("有标识")))
        self.addOutput(QgsProcessingOutputNumber("WRITTEN", self.tr("写入工作库的字段值数")))

    def execute(self, parameters, context, feedback):
        rows, wp, source = read_source(self, parameters, context, feedback)
        policy = policy_for(year_value(self, parameters, context), wp)
        results = prejudge_rows(rows, policy)  # every patch validated before anything is written
        tally = prejudge_tally(results)
        out = {"LEGAL": tally["合法"], "ILLEGAL": tally["违法"], "OTHER": tally["其他用地"],
               "FLAGGED": tally["flagged"], "WRITTEN": 0}
        if wp is not None:
            out["WRITTEN"] = write_prejudge(wp, rows, results)
        else:
            out["OUTPUT"] = self._write_layer(source, results, parameters, context, feedback)
        feedback.pushInfo(self.tr("预判 {} 个图斑：合法 {}、违法 {}、其他用地 {}；有标识 {} 个。").format(
            len(results), tally["合法"], tally["违法"], tally["其他用地"], tally["flagged"]))
        return out

    def _write_layer(self, source, results, parameters, context, feedback):
        if parameters.get("OUTPUT") in (None, ""):
            raise InputError(self.tr("给图斑图层时请指定预判结果输出（OUTPUT）。"))
        fields = source.fields()
        for name in PREJUDGE_FIELDS:
            if fields.indexOf(name) < 0:
                fields.append(qgs_field(name, "str"))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, source.wkbType(),
                                          source.sourceCrs())
        # same request, same order as the rows the suggestions were computed from
        for feature, result in zip(source.getFeatures(), results):
            if feedback.isCanceled():
                break
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            values = dict(zip(source.fields().names(), feature.attributes()))
            values.update({name: result[name] for name in PREJUDGE_FIELDS})
            out.setAttributes([values.get(name) for name in fields.names()])
            sink.addFeature(out)
        return dest
