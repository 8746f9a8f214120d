package org.residencedesk.port;

import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.residencedesk.domain.register.House;
import org.residencedesk.domain.register.HouseKind;
import org.residencedesk.domain.register.HouseListing;
import org.residencedesk.domain.register.Stay;
import org.residencedesk.domain.register.HouseSummary;
import org.residencedesk.domain.register.RegisterSearch;
import org.residencedesk.domain.registration.RegistrationSummary;

/** The rental-house register (以房管人) and the registrations that name a house. */
public interface HouseRepository extends CountedExport {
    Optional<House> find(long id);

    Optional<House> findByCode(String houseCode);

    boolean exists(String houseCode);

    /**
     * Whether a house stands at this address: division, street, number, building, unit and room (blank parts as
     * empty text), the identity of a collected row without a code (ADR 0291).
     */
    boolean existsAt(String divisionCode, String street, String houseNumber, String building, String unit,
                     String room);

    /** Up to {@code limit} houses with an id above {@code afterId}, in id order (the export pages by it). */
    List<House> after(long afterId, int limit);

    void save(House house);

    /** One page of list rows, manager ID numbers masked. */
    List<HouseSummary> search(RegisterSearch kind, String text, int offset, int limit);

    /** The row of one house. */
    Optional<HouseSummary> summary(long id);

    /** Registrations naming the house, newest first: active ones when {@code active}, ended ones otherwise. */
    List<RegistrationSummary> occupants(String houseCode, boolean active, int limit);

    /** Houses that had occupants and have none now (everyone moved out), newest change first. */
    List<HouseSummary> allMovedOut(int offset, int limit);

    /** Houses where more people are registered now than they may hold. */
    List<HouseSummary> overCapacity(int offset, int limit);

    /**
     * One page of the 登记簿 list: houses of {@code listing} whose {@code searchKind} matches {@code text} (blank text
     * matches every house), of kind {@code only} when it is not null.
     */
    List<HouseSummary> list(HouseListing listing, RegisterSearch searchKind, String text, HouseKind only, int offset,
                            int limit);

    /** Arrival and end dates of the registrations naming the house, by registration id. */
    Map<Long, Stay> stays(String houseCode);
}
