"""Builds the optional compiled coding engine; everything else is in pyproject.toml."""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "casebrief.coding._fastcode",
            ["src/casebrief/coding/_fastcode.c"],
            extra_compile_args=["-O2", "-Wall"],
            # Without a C compiler casebrief still installs and codes in pure Python.
            optional=True,
        )
    ]
)
