-- 签发机关: the public-security authority printed on the station's permit cards (e.g. 武汉市公安局洪山分局).
-- Stations set up before this column have none; printing a card is refused until an administrator sets it
-- (ADR 0168).
ALTER TABLE STATION ADD COLUMN ISSUING_AUTHORITY VARCHAR(100);
