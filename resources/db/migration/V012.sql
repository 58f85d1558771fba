-- The vault says whose it is: SQLite's application id ("HBND") in the file header. A restore checks it to refuse a
-- database of another program; backups made before this migration (id 0) are recognised by their tables instead.
PRAGMA application_id = 1212304964;
