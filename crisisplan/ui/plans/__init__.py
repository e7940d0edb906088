"""The plan list page: lazy table model, search, filters and the reviews-due overview."""
