-- The signature block as printed, when it does not print the signatory's name and capacity on
-- lines of their own: Stoke-on-Trent's direction prints "Emily Whitehead. A Senior Civil Servant in
-- the Department for Education." Rendering the document from its structure needs it to read as issued.
ALTER TABLE direction ADD COLUMN signatory_as_printed varchar(600);
