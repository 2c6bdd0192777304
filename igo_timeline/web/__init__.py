"""``igo serve``: the timeline over HTTP, a JSON API and a page with an as-of slider.

:func:`create_app` builds the Starlette application over one open
:class:`~igo_timeline.engine.Timeline`; every route answers with the same
function as its CLI twin (see :mod:`igo_timeline.projections.answers`).
"""

from igo_timeline.web.app import create_app

__all__ = ["create_app"]
