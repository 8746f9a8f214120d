package org.residencedesk.service.demodata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.residencedesk.port.demodata.DemoWordSource;

/** The Chinese word lists of the demo word source: names, streets, workplaces (text is data, not code). */
final class WordLists {
    final Weighted<String> surnames;
    final List<String> givenMale;
    final List<String> givenFemale;
    final List<String> rareGiven;
    final List<String> rareSurnames;
    final List<String> uyghurGivenMale;
    final List<String> uyghurGivenFemale;
    final List<String> uyghurFather;
    final List<String> streets;
    final List<String> townNames;
    final List<String> villageNames;
    final List<String> hukouSuffixes;
    final List<String> companyWords;
    final List<String> companyKinds;
    final List<String> schools;
    final String authorityBureau;
    final String authorityBranch;
    final String districtSuffix;
    final Map<String, Object> areaCodes;
    final String houseNumberSuffix;
    final String buildingSuffix;
    final String unitSuffix;
    /** What the card says instead of an end date for people over 45 (the form accepts it too). */
    final String longTermValidity;
    /** Streets per community code (the demo township); other communities draw from {@link #streets}. */
    final Map<String, List<String>> communityStreets;
    final List<String> primarySchools;
    final List<String> juniorSchools;
    final List<String> seniorSchools;
    final Weighted<String> hmtRegions;
    final Map<String, List<String>> foreignMale;
    final Map<String, List<String>> foreignFemale;
    final String foreignIssuer2017;
    final String foreignIssuer2023;

    private WordLists(Map<String, Object> root) {
        List<String> names = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Map.Entry<String, Object> e : map(root, "surnames").entrySet()) {
            if (!(e.getValue() instanceof Number weight)) {
                throw new IllegalStateException("surnames: weight of " + e.getKey() + " is not a number");
            }
            names.add(e.getKey());
            weights.add(weight.doubleValue());
        }
        this.surnames = Weighted.of(names, weights.stream().mapToDouble(Double::doubleValue).toArray());
        this.givenMale = list(root, "givenMale");
        this.givenFemale = list(root, "givenFemale");
        this.rareGiven = list(root, "rareGiven");
        this.rareSurnames = list(root, "rareSurnames");
        this.uyghurGivenMale = list(root, "uyghurGivenMale");
        this.uyghurGivenFemale = list(root, "uyghurGivenFemale");
        this.uyghurFather = list(root, "uyghurFather");
        this.streets = list(root, "streets");
        this.townNames = list(root, "townNames");
        this.villageNames = list(root, "villageNames");
        this.hukouSuffixes = list(root, "hukouSuffixes");
        this.companyWords = list(root, "companyWords");
        this.companyKinds = list(root, "companyKinds");
        this.schools = list(root, "schools");
        this.authorityBureau = text(root, "authorityBureau");
        this.authorityBranch = text(root, "authorityBranch");
        this.districtSuffix = text(root, "districtSuffix");
        this.areaCodes = map(root, "areaCodes");
        this.houseNumberSuffix = text(root, "houseNumberSuffix");
        this.buildingSuffix = text(root, "buildingSuffix");
        this.unitSuffix = text(root, "unitSuffix");
        this.longTermValidity = text(root, "longTermValidity");
        this.communityStreets = lists(root, "communityStreets");
        this.primarySchools = list(root, "primarySchools");
        this.juniorSchools = list(root, "juniorSchools");
        this.seniorSchools = list(root, "seniorSchools");
        List<String> regions = new ArrayList<>();
        List<Double> regionWeights = new ArrayList<>();
        map(root, "hmtRegions").forEach((region, weight) -> {
            regions.add(region);
            regionWeights.add(((Number) weight).doubleValue());
        });
        this.hmtRegions = Weighted.of(regions, regionWeights.stream().mapToDouble(Double::doubleValue).toArray());
        this.foreignMale = lists(root, "foreignMale");
        this.foreignFemale = lists(root, "foreignFemale");
        if (!foreignMale.keySet().equals(foreignFemale.keySet())) {
            throw new IllegalStateException("word lists: foreignMale and foreignFemale name different nationalities");
        }
        this.foreignIssuer2017 = text(root, "foreignIssuer2017");
        this.foreignIssuer2023 = text(root, "foreignIssuer2023");
    }

    static WordLists from(DemoWordSource source) {
        return new WordLists(source.wordLists());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> root, String key) {
        if (!(root.get(key) instanceof Map<?, ?> m)) {
            throw new IllegalStateException("word lists: map " + key + " is missing");
        }
        return (Map<String, Object>) m;
    }

    /** A map of non-empty lists, in a stable (sorted) order of its keys. */
    private static Map<String, List<String>> lists(Map<String, Object> root, String key) {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        map(root, key).forEach((k, v) -> out.put(k, list(Map.of(k, v), k)));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static List<String> list(Map<String, Object> root, String key) {
        if (!(root.get(key) instanceof List<?> n) || n.isEmpty()) {
            throw new IllegalStateException("word lists: list " + key + " is missing or empty");
        }
        List<String> out = new ArrayList<>();
        n.forEach(v -> out.add(String.valueOf(v)));
        return List.copyOf(out);
    }

    private static String text(Map<String, Object> root, String key) {
        if (!(root.get(key) instanceof String n)) {
            throw new IllegalStateException("word lists: " + key + " is missing");
        }
        return n;
    }

    String areaCode(String provinceCode) {
        Object code = areaCodes.get(provinceCode);
        return code == null ? "027" : code.toString();
    }
}
