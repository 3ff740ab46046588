-- Events a story tells as its background ("annexed a border province in 2014"), dated well
-- before the article, are stored with their own dates and marked here, so that a query can
-- keep or leave out what a story recalls rather than reports. Stores written before hold no
-- such events (they were not kept): false.

ALTER TABLE events ADD COLUMN background BOOLEAN DEFAULT false;
