# Makes the repository root importable for the tests (ntk_core, pages).
