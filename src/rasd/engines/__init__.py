"""Engines that run the pipeline somewhere other than this process: :mod:`rasd.engines.ray_engine`.

(Several cores of one machine need no engine: ``--jobs``, :mod:`rasd.parallel`.)
"""
