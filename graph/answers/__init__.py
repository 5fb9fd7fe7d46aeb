"""Typed answers of the read queries (pydantic models); the API adds its URLs to them."""
