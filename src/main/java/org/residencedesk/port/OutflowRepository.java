package org.residencedesk.port;

import java.util.List;
import java.util.Optional;
import org.residencedesk.domain.outflow.OutflowPeriod;

/** The 流出人口 register (ADR 0220). Lists are pages of indexed ranges; calls join the caller's transaction. */
public interface OutflowRepository {
    void save(OutflowPeriod period);

    Optional<OutflowPeriod> find(long id);

    /** The open period of the person, if any (at most one: the database enforces it). */
    Optional<OutflowPeriod> findOpen(String idNumber);

    /** Every period of the person, newest departure first. */
    List<OutflowPeriod> ofPerson(String idNumber);

    /** One page matching {@code filter}, newest departure first. */
    List<OutflowPeriod> list(OutflowFilter filter, int offset, int limit);

    long count(OutflowFilter filter);

    /**
     * Periods matching {@code filter} counted by the first {@code codeLength} digits of the destination (2 =
     * province, 4 = prefecture) or, with {@code byVillage}, by hukou village; largest group first.
     */
    List<GroupCount> countBy(OutflowFilter filter, Grouping grouping);

    enum Grouping {
        DESTINATION_PROVINCE, DESTINATION_PREFECTURE, HUKOU_VILLAGE
    }

    /** One group of a count: the division code (2, 4 or 12 digits) and how many periods. */
    record GroupCount(String code, long periods) {
    }

    /**
     * What a list shows. Null fields do not restrict. {@code village}: hukou division code or a prefix of it;
     * {@code destination}: a destination division code or prefix (e.g. "44" for 广东省); {@code open}: true open,
     * false returned; {@code text}: an exact ID number, a name prefix or pinyin initials.
     */
    record OutflowFilter(String village, String destination, Boolean leftBehindChildren, Boolean leftBehindElderly,
                         Boolean open, String idNumber, String namePrefix, String initialsPrefix) {
        public static OutflowFilter all() {
            return new OutflowFilter(null, null, null, null, null, null, null, null);
        }
    }
}
