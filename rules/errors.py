"""Error types of the rules: each names the patch, the field and what to do."""


class RuleInputError(ValueError):
    """A value the rules cannot use. Nothing is computed or written when it is raised."""

    def __init__(self, message, jcbh=None, field=None, value=None):
        self.jcbh = jcbh
        self.field = field
        self.value = value
        prefix = []
        if jcbh not in (None, ""):
            prefix.append("图斑 %s" % jcbh)
        if field:
            prefix.append("字段 %s" % field)
        text = "%s：%s" % ("，".join(prefix), message) if prefix else message
        super().__init__(text)


class PolicyError(LookupError):
    """A policy year or entry that does not exist (or a policy file that is malformed)."""
