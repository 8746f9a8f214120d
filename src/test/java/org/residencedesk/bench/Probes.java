package org.residencedesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Real values of random persons of the bench station, read before timing starts: what the look-ups search for. */
record Probes(List<String> idNumbers, List<String> phones, List<String> fullNames, List<String> fullInitials) {
    static Probes sample(Connection c, int n) throws SQLException {
        long maxId;
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(ID) FROM PERSON")) {
            rs.next();
            maxId = rs.getLong(1);
        }
        SplittableRandom rnd = new SplittableRandom(7);
        List<String> ids = new ArrayList<>(), phones = new ArrayList<>(), names = new ArrayList<>(),
                initials = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.ID_NUMBER, p.MOBILE, p.NAME, p.NAME_INITIALS FROM"
                + " PERSON p WHERE p.ID = ? AND p.ID_NUMBER NOT LIKE 'BENCH%'"
                // every registered demo person, imported ones included: a name with no initials (𠮷䶮 before
                // ADR 0355) makes find-initials fail, as a clerk typing them would find nothing
                + " AND EXISTS (SELECT 1 FROM RESIDENCE_REGISTRATION r WHERE r.PERSON_ID = p.ID)")) {
            for (int tries = 0; ids.size() < n && tries < n * 20; tries++) {
                ps.setLong(1, 1 + rnd.nextLong(maxId));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getString(2) == null) continue;
                    ids.add(rs.getString(1));
                    phones.add(rs.getString(2));
                    names.add(rs.getString(3));
                    initials.add(rs.getString(4));
                }
            }
        }
        if (ids.size() < n) throw new IllegalStateException("too few registered persons with a phone to probe");
        return new Probes(ids, phones, names, initials);
    }

    List<String> names(int length) {
        return fullNames.stream().map(s -> s.substring(0, Math.min(length, s.length()))).toList();
    }

    List<String> initials(int length) {
        return fullInitials.stream().map(s -> s.substring(0, Math.min(length, s.length()))).toList();
    }
}
