"""The web dashboard served by ``geopol serve`` at ``/`` (see :mod:`geopol.web.app`)."""
