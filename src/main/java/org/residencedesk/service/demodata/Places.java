package org.residencedesk.service.demodata;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.DivisionLevel;
import org.residencedesk.domain.masterdata.MasterData;

/**
 * Real divisions from the packaged master data: home counties (Hubei first, then the provinces that
 * send most migrants to Hubei), and the communities (社区/村) where people live, preferably under the
 * station's own division.
 */
final class Places {
    static final String HUBEI = "42";
    static final String XINJIANG = "65";
    /** Share of home provinces among migrants registered in Hubei (rough, for plausible demo data). */
    private static final Object[] HOME_PROVINCES = {
            HUBEI, 60.5, "41", 9, "43", 7, "34", 5, "36", 5, "50", 4, "51", 4, "61", 2, "44", 1, "32", 1,
            "45", 1, "52", 1};

    private final Weighted<String> homeProvince;
    private final java.util.Map<String, List<Division>> countiesByProvince = new java.util.HashMap<>();
    private final List<Division> residenceVillages;
    private final MasterData masterData;
    private final Division stationCounty;
    /** Each community's streets, looked up once (few communities, many persons). */
    private final java.util.Map<String, List<String>> streets = new java.util.concurrent.ConcurrentHashMap<>();

    Places(MasterData masterData, String stationDivision) {
        this.masterData = masterData;
        this.homeProvince = Weighted.pairs(HOME_PROVINCES);
        String stationCounty = stationDivision.length() >= 6 ? stationDivision.substring(0, 6) : "";
        for (String province : homeProvince.values()) {
            countiesByProvince.put(province, counties(province, stationCounty));
        }
        countiesByProvince.put(XINJIANG, counties(XINJIANG, stationCounty));
        this.residenceVillages = residenceVillages(stationDivision);
        this.stationCounty = masterData.division(residenceVillages.get(0).code().substring(0, 6))
                .orElseThrow(() -> new IllegalStateException("no county above " + residenceVillages.get(0).code()));
    }

    /** The station's communities and villages people live in. */
    List<Division> residenceVillages() {
        return residenceVillages;
    }

    /** The county (区/县) of the station's communities: its public-security authority issues local documents. */
    Division stationCounty() {
        return stationCounty;
    }

    Division county(String code) {
        return masterData.division(code).orElseThrow(() -> new IllegalStateException("unknown county " + code));
    }

    /**
     * The streets of a community: its own list when the word lists have one (the demo township), else three of
     * the general streets chosen by the community's code, the same three every time (ADR 0190).
     */
    List<String> streetsOf(Division village, WordLists words) {
        return streets.computeIfAbsent(village.code(), code -> {
            List<String> own = words.communityStreets.get(code);
            if (own != null) return own;
            List<String> out = new ArrayList<>();
            long h = Mix.mix64(Long.parseLong(code));
            for (int i = 0; out.size() < Math.min(3, words.streets.size()); i++) {
                String s = words.streets.get((int) Math.floorMod(Mix.mix64(h + i), (long) words.streets.size()));
                if (!out.contains(s)) out.add(s);
            }
            return List.copyOf(out);
        });
    }

    private List<Division> counties(String province, String excluded) {
        List<Division> out = new ArrayList<>();
        for (Division city : masterData.children(province)) {
            for (Division county : masterData.children(city.code())) {
                // people are not migrants in their own county
                if (county.level() == DivisionLevel.COUNTY && !county.code().equals(excluded)) out.add(county);
            }
        }
        if (out.isEmpty()) throw new IllegalStateException("master data has no counties in province " + province);
        return List.copyOf(out);
    }

    /**
     * The communities of the station's township when its division is one (the demo station is 关山街道), widened to
     * its county when the township has none, else all of Hubei.
     */
    private List<Division> residenceVillages(String stationDivision) {
        List<Division> out = new ArrayList<>();
        if (stationDivision.startsWith(HUBEI)) {
            String area = stationDivision.length() > 6 ? stationDivision.substring(0, 9) : stationDivision;
            collectVillages(area, out);
            if (out.isEmpty() && area.length() > 6) collectVillages(area.substring(0, 6), out);
        }
        if (out.isEmpty()) collectVillages(HUBEI, out);
        return List.copyOf(out);
    }

    private void collectVillages(String code, List<Division> out) {
        Division d = masterData.division(code).orElse(null);
        if (d != null && d.level() == DivisionLevel.VILLAGE) {
            out.add(d);
            return;
        }
        for (Division child : masterData.children(code)) {
            collectVillages(child.code(), out);
        }
    }

    String drawHomeProvince(SplittableRandom rnd) {
        return homeProvince.draw(rnd);
    }

    Division drawCounty(String province, SplittableRandom rnd) {
        List<Division> list = countiesByProvince.get(province);
        return list.get(rnd.nextInt(list.size()));
    }

    Division drawResidence(SplittableRandom rnd) {
        return residenceVillages.get(rnd.nextInt(residenceVillages.size()));
    }

    /**
     * A real village in a Hubei county (home address of a Hubei migrant), or null outside Hubei and where the
     * division names still carry a committee (东门居委会, …管理委员会): a house address never names one (ADR 0190).
     */
    Division drawHubeiVillage(Division county, SplittableRandom rnd) {
        if (!county.code().startsWith(HUBEI)) return null;
        List<Division> towns = masterData.children(county.code());
        if (towns.isEmpty()) return null;
        List<Division> villages = masterData.children(towns.get(rnd.nextInt(towns.size())).code());
        if (villages.isEmpty()) return null;
        Division village = villages.get(rnd.nextInt(villages.size()));
        return namesCommittee(village.fullName()) ? null : village;
    }

    /** Whether an address text names a residents' or villagers' committee (or another 委员会). */
    static boolean namesCommittee(String text) {
        return text.contains("委会") || text.contains("委员会");
    }

    Division city(Division county) {
        return masterData.division(county.parentCode()).orElse(county);
    }
}
