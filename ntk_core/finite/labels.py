"""Names of the NTK methods and output modes, and their labels in words."""
METHODS = ("jacobian_contraction", "ntk_vector_products", "structured_derivatives")
OUTPUTS = ("trace", "full", "diagonal")
METHOD_LABELS = {"jacobian_contraction": "Jacobian contraction",
                 "ntk_vector_products": "NTK-vector products",
                 "structured_derivatives": "structured derivatives"}
