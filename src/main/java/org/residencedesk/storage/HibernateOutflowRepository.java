package org.residencedesk.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.query.SelectionQuery;
import org.residencedesk.domain.outflow.OutflowPeriod;
import org.residencedesk.port.OutflowRepository;

/** The 流出人口 register on Derby: lists are ranges on the OUTFLOW_* indexes, one page at a time. */
public final class HibernateOutflowRepository implements OutflowRepository {
    private final CurrentSession sessions;

    public HibernateOutflowRepository(CurrentSession sessions) {
        this.sessions = sessions;
    }

    @Override
    public void save(OutflowPeriod period) {
        if (period.id() == null) {
            sessions.session().persist(period);
        }
    }

    @Override
    public Optional<OutflowPeriod> find(long id) {
        return Optional.ofNullable(sessions.session().find(OutflowPeriod.class, id));
    }

    @Override
    public Optional<OutflowPeriod> findOpen(String idNumber) {
        return sessions.session().createSelectionQuery("from OutflowPeriod where openIdNumber = :n", OutflowPeriod.class)
                .setParameter("n", idNumber).uniqueResultOptional();
    }

    @Override
    public List<OutflowPeriod> ofPerson(String idNumber) {
        return sessions.session().createSelectionQuery(
                        "from OutflowPeriod where idNumber = :n order by leftOn desc, id desc", OutflowPeriod.class)
                .setParameter("n", idNumber).getResultList();
    }

    @Override
    public List<OutflowPeriod> list(OutflowFilter filter, int offset, int limit) {
        Where w = where(filter);
        SelectionQuery<OutflowPeriod> q = sessions.session().createSelectionQuery(
                "from OutflowPeriod o " + w.text + " order by o.leftOn desc, o.id desc", OutflowPeriod.class);
        w.params.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(OutflowFilter filter) {
        Where w = where(filter);
        SelectionQuery<Long> q = sessions.session().createSelectionQuery(
                "select count(o) from OutflowPeriod o " + w.text, Long.class);
        w.params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    @Override
    public List<GroupCount> countBy(OutflowFilter filter, Grouping grouping) {
        String column = switch (grouping) {
            case DESTINATION_PROVINCE -> "o.destinationProvince";
            case DESTINATION_PREFECTURE -> "o.destinationPrefecture";
            case HUKOU_VILLAGE -> "o.hukouDivision";
        };
        Where w = where(filter);
        SelectionQuery<Object[]> q = sessions.session().createSelectionQuery("select " + column + ", count(o) "
                + "from OutflowPeriod o " + w.text + " group by " + column + " order by count(o) desc, " + column,
                Object[].class);
        w.params.forEach(q::setParameter);
        return q.getResultList().stream().map(r -> new GroupCount((String) r[0], (Long) r[1])).toList();
    }

    private record Where(String text, Map<String, Object> params) {
    }

    private static Where where(OutflowFilter f) {
        List<String> parts = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.village() != null) {
            parts.add("o.hukouDivision like :village");
            params.put("village", f.village() + "%");
        }
        if (f.destination() != null) {
            parts.add("o.destinationDivision like :destination");
            params.put("destination", f.destination() + "%");
        }
        if (f.leftBehindChildren() != null) {
            parts.add("o.leftBehindChildren = :children");
            params.put("children", f.leftBehindChildren());
        }
        if (f.leftBehindElderly() != null) {
            parts.add("o.leftBehindElderly = :elderly");
            params.put("elderly", f.leftBehindElderly());
        }
        if (f.open() != null) {
            parts.add(f.open() ? "o.returnedOn is null" : "o.returnedOn is not null");
        }
        if (f.idNumber() != null) {
            parts.add("o.idNumber = :idNumber");
            params.put("idNumber", f.idNumber());
        }
        if (f.namePrefix() != null && f.initialsPrefix() != null) {
            parts.add("(o.name like :name or o.nameInitials like :initials)");
            params.put("name", f.namePrefix() + "%");
            params.put("initials", f.initialsPrefix() + "%");
        } else if (f.namePrefix() != null) {
            parts.add("o.name like :name");
            params.put("name", f.namePrefix() + "%");
        }
        return new Where(parts.isEmpty() ? "" : "where " + String.join(" and ", parts), params);
    }
}
