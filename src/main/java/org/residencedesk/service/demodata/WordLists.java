package org.residencedesk.service.demodata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The Chinese word lists of {@code demo/people.yaml}: names, streets, workplaces (text is data, not code). */
final class WordLists {
    static final String RESOURCE = "demo/people.yaml";

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
    final JsonNode areaCodes;
    final String houseNumberSuffix;
    final String buildingSuffix;
    final String unitSuffix;
    /** What the card says instead of an end date for people over 45 (the form accepts it too). */
    final String longTermValidity;

    private WordLists(JsonNode root) {
        List<String> names = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.path("surnames").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            names.add(e.getKey());
            weights.add(e.getValue().asDouble());
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
        this.areaCodes = root.path("areaCodes");
        this.houseNumberSuffix = text(root, "houseNumberSuffix");
        this.buildingSuffix = text(root, "buildingSuffix");
        this.unitSuffix = text(root, "unitSuffix");
        this.longTermValidity = text(root, "longTermValidity");
    }

    static WordLists load() {
        try (InputStream in = WordLists.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new WordLists(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + " is unreadable", e);
        }
    }

    private static List<String> list(JsonNode root, String key) {
        JsonNode n = root.path(key);
        if (!n.isArray() || n.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": list " + key + " is missing or empty");
        }
        List<String> out = new ArrayList<>();
        n.forEach(v -> out.add(v.asText()));
        return List.copyOf(out);
    }

    private static String text(JsonNode root, String key) {
        JsonNode n = root.path(key);
        if (!n.isTextual()) {
            throw new IllegalStateException(RESOURCE + ": " + key + " is missing");
        }
        return n.asText();
    }

    String areaCode(String provinceCode) {
        return areaCodes.path(provinceCode).asText("027");
    }
}
