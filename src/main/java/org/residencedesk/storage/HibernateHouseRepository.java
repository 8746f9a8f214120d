package org.residencedesk.storage;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.domain.register.House;
import org.residencedesk.domain.register.HouseKind;
import org.residencedesk.domain.register.HouseListing;
import org.residencedesk.domain.register.Stay;
import org.residencedesk.domain.register.HouseSummary;
import org.residencedesk.domain.register.ManagerKind;
import org.residencedesk.domain.register.RegisterSearch;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.port.HouseRepository;

/** The rental-house register on Derby; lists read columns only and page (ADR 0212). */
public final class HibernateHouseRepository implements HouseRepository {
    private static final String ROW = "select h.id, h.houseCode, h.kind, h.addressText, h.managerKind, h.managerName, "
            + "h.managerIdNumber, h.managerPhone, h.capacity, "
            + String.format(RegisterRows.ACTIVE_COUNT, "houseCode", "h.houseCode") + " from House h ";

    private final CurrentSession sessions;
    private final String location;

    /** @param location the database folder, named when the export finds it damaged */
    public HibernateHouseRepository(CurrentSession sessions, String location) {
        this.sessions = sessions;
        this.location = location;
    }

    @Override
    public long exportCount() {
        return sessions.session().doReturningWork(c -> ExportCounts.expected(c, "RENTAL_HOUSE", location));
    }

    @Override
    public org.residencedesk.port.StationProblem exportShortfall(long read, long expected) {
        return ExportCounts.shortfall(location, "RENTAL_HOUSE", read, expected);
    }

    @Override
    public Optional<House> find(long id) {
        return Optional.ofNullable(sessions.session().find(House.class, id));
    }

    @Override
    public Optional<House> findByCode(String houseCode) {
        return sessions.session().createSelectionQuery("from House where houseCode = :c", House.class)
                .setParameter("c", houseCode).uniqueResultOptional();
    }

    @Override
    public boolean exists(String houseCode) {
        return sessions.session().createSelectionQuery("select count(h) from House h where h.houseCode = :c",
                Long.class).setParameter("c", houseCode).getSingleResult() > 0;
    }

    @Override
    public boolean existsAt(String divisionCode, String street, String houseNumber, String building, String unit,
                            String room) {
        return sessions.session().createSelectionQuery("select count(h) from House h where h.divisionCode = :d "
                        + "and h.street = :s and h.houseNumber = :n and coalesce(h.building, '') = :b "
                        + "and coalesce(h.unit, '') = :u and coalesce(h.room, '') = :r", Long.class)
                .setParameter("d", divisionCode).setParameter("s", street).setParameter("n", houseNumber)
                .setParameter("b", building).setParameter("u", unit).setParameter("r", room)
                .getSingleResult() > 0;
    }

    @Override
    public List<House> after(long afterId, int limit) {
        return sessions.session().createSelectionQuery("from House h where h.id > :a order by h.id", House.class)
                .setParameter("a", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public void save(House house) {
        if (house.id() == null) {
            sessions.session().persist(house);
        }
    }

    @Override
    public List<HouseSummary> search(RegisterSearch kind, String text, int offset, int limit) {
        String t = text == null ? "" : text.strip();
        String where = switch (kind) {
            case CODE -> "h.houseCode like :t escape '!' order by h.houseCode";
            case NAME -> "h.managerName like :t escape '!' order by h.managerName, h.id";
            case INITIALS -> "h.managerInitials like :t escape '!' order by h.managerInitials, h.id";
            case ADDRESS -> "h.addressText like :t escape '!' order by h.id desc";
        };
        String value = switch (kind) {
            case CODE -> RegisterRows.escapeLike(t.toUpperCase(Locale.ROOT)) + "%";
            case NAME -> RegisterRows.escapeLike(t) + "%";
            case INITIALS -> RegisterRows.escapeLike(t.toLowerCase(Locale.ROOT)) + "%";
            case ADDRESS -> "%" + RegisterRows.escapeLike(t) + "%";
        };
        return rows(ROW + "where " + where, value, offset, limit);
    }

    @Override
    public Optional<HouseSummary> summary(long id) {
        return sessions.session().createSelectionQuery(ROW + "where h.id = :id", Object[].class)
                .setParameter("id", id).uniqueResultOptional().map(HibernateHouseRepository::summary);
    }

    @Override
    public List<RegistrationSummary> occupants(String houseCode, boolean active, int limit) {
        return RegisterRows.registrationsNaming(sessions.session(), "houseCode", houseCode, active, limit);
    }

    @Override
    public List<HouseSummary> allMovedOut(int offset, int limit) {
        return sessions.session().createSelectionQuery(ROW + "where exists (select 1 from ResidenceRegistration e "
                        + "where e.houseCode = h.houseCode) and "
                        + String.format(RegisterRows.ACTIVE_COUNT, "houseCode", "h.houseCode")
                        + " = 0 order by h.updatedAt desc, h.id desc", Object[].class)
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(HibernateHouseRepository::summary).toList();
    }

    @Override
    public List<HouseSummary> overCapacity(int offset, int limit) {
        return sessions.session().createSelectionQuery(ROW + "where h.capacity > 0 and "
                        + String.format(RegisterRows.ACTIVE_COUNT, "houseCode", "h.houseCode")
                        + " > h.capacity order by h.houseCode", Object[].class)
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(HibernateHouseRepository::summary).toList();
    }

    @Override
    public List<HouseSummary> list(HouseListing listing, RegisterSearch searchKind, String text, HouseKind only,
                                   int offset, int limit) {
        String t = text == null ? "" : text.strip();
        StringBuilder where = new StringBuilder("where 1 = 1");
        String value = null;
        if (!t.isEmpty()) {
            RegisterSearch k = searchKind == null ? RegisterSearch.ADDRESS : searchKind;
            where.append(switch (k) {
                case CODE -> " and h.houseCode like :t escape '!'";
                case NAME -> " and h.managerName like :t escape '!'";
                case INITIALS -> " and h.managerInitials like :t escape '!'";
                case ADDRESS -> " and h.addressText like :t escape '!'";
            });
            value = switch (k) {
                case CODE -> RegisterRows.escapeLike(t.toUpperCase(Locale.ROOT)) + "%";
                case NAME -> RegisterRows.escapeLike(t) + "%";
                case INITIALS -> RegisterRows.escapeLike(t.toLowerCase(Locale.ROOT)) + "%";
                case ADDRESS -> "%" + RegisterRows.escapeLike(t) + "%";
            };
        }
        if (only != null) {
            where.append(" and h.kind = :kind");
        }
        String active = String.format(RegisterRows.ACTIVE_COUNT, "houseCode", "h.houseCode");
        switch (listing == null ? HouseListing.ALL : listing) {
            case OVER_CAPACITY -> where.append(" and h.capacity > 0 and ").append(active).append(" > h.capacity");
            case ALL_MOVED_OUT -> where.append(" and exists (select 1 from ResidenceRegistration e where "
                    + "e.houseCode = h.houseCode) and ").append(active).append(" = 0");
            case ALL -> { }
        }
        var query = sessions.session().createSelectionQuery(ROW + where + " order by h.houseCode", Object[].class);
        if (value != null) query.setParameter("t", value);
        if (only != null) query.setParameter("kind", only);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(HibernateHouseRepository::summary).toList();
    }

    @Override
    public Map<Long, Stay> stays(String houseCode) {
        Map<Long, Stay> stays = new LinkedHashMap<>();
        sessions.session().createSelectionQuery("select r.id, r.arrivalDate, r.endDate from ResidenceRegistration r "
                        + "where r.houseCode = :k", Object[].class).setParameter("k", houseCode).getResultList()
                .forEach(r -> stays.put((Long) r[0], new Stay((LocalDate) r[1], (LocalDate) r[2])));
        return stays;
    }

    private List<HouseSummary> rows(String query, String value, int offset, int limit) {
        return sessions.session().createSelectionQuery(query, Object[].class).setParameter("t", value)
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(HibernateHouseRepository::summary).toList();
    }

    private static HouseSummary summary(Object[] r) {
        String id = (String) r[6];
        return new HouseSummary((Long) r[0], (String) r[1], (HouseKind) r[2], (String) r[3], (ManagerKind) r[4],
                (String) r[5], id == null ? "" : IdNumber.mask(id), (String) r[7], (Integer) r[8], (Long) r[9]);
    }
}
