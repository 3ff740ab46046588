-- The lines cleaning removed from a page as furniture (navigation, bylines, share buttons), so
-- that the web app's article page can show them struck out for a stored article too. Stores
-- written before keep NULL: their furniture was not kept.

ALTER TABLE documents ADD COLUMN furniture VARCHAR[];
