package org.residencedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.residencedesk.masterdata.ClasspathMasterData;
import picocli.CommandLine;

class IdCheckCommandTest {
    private static final ClasspathMasterData DATA = org.residencedesk.testing.TestMasterData.shared();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private record Run(int exitCode, String stdout, JsonNode json) { }

    private Run run(String... args) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new IdCheckCommand(() -> DATA, CLOCK));
        cl.setOut(new PrintWriter(out));
        int code = cl.execute(args);
        return new Run(code, out.toString(), new ObjectMapper().readTree(out.toString()));
    }

    @Test
    void validCitizenNumber() throws Exception {
        Run r = run("11010519491231002X");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout().strip().lines()).hasSize(1);
        JsonNode j = r.json();
        assertThat(j.get("valid").asBoolean()).isTrue();
        assertThat(j.get("type").asText()).isEqualTo("CITIZEN");
        assertThat(j.get("normalized").asText()).isEqualTo("11010519491231002X");
        assertThat(j.get("birthDate").asText()).isEqualTo("1949-12-31");
        assertThat(j.get("sex").asText()).isEqualTo("2");
        assertThat(j.get("countyCode").asText()).isEqualTo("110105");
        assertThat(j.get("countyName").asText()).isEqualTo("北京市朝阳区");
        assertThat(j.get("warnings")).isEmpty();
        assertThat(j.get("errors")).isEmpty();
    }

    @Test
    void legacyNumberIsUpgraded() throws Exception {
        JsonNode j = run("610104620927690").json();
        assertThat(j.get("type").asText()).isEqualTo("LEGACY_15");
        assertThat(j.get("normalized").asText()).isEqualTo("610104196209276908");
        assertThat(j.get("countyName").asText()).isEqualTo("陕西省西安市莲湖区");
    }

    @Test
    void unknownCountyIsAChineseWarning() throws Exception {
        // 420101: 武汉市市辖区 in old tables, not a county code today
        Run r = run("420101198001010013");
        assertThat(r.exitCode()).isZero();
        assertThat(r.json().get("countyName").isNull()).isTrue();
        assertThat(r.json().get("warnings").get(0).asText()).isEqualTo("户籍地区划代码未能识别");
    }

    @Test
    void invalidNumberExitsWithOneAndChineseErrors() throws Exception {
        Run r = run("110105194912310021");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.json().get("valid").asBoolean()).isFalse();
        assertThat(r.json().get("errors")).hasSize(1);
        assertThat(r.json().get("errors").get(0).asText()).isEqualTo("校验码不符，请逐位核对号码");
    }

    @Test
    void unrecognisableInputHasNullType() throws Exception {
        Run r = run("hello");
        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode j = r.json();
        assertThat(j.get("type").isNull()).isTrue();
        assertThat(j.get("normalized").isNull()).isTrue();
        assertThat(j.get("birthDate").isNull()).isTrue();
        assertThat(j.get("sex").isNull()).isTrue();
        assertThat(j.get("errors")).hasSize(1);
        assertThat(j.get("errors").get(0).asText()).isEqualTo("证件号码位数不对：应为18位（旧身份证15位，2017版外国人永久居留身份证15位）");
    }

    @Test
    void hongKongPermitNamesTheRegion() throws Exception {
        JsonNode j = run("810000199006150010").json();
        assertThat(j.get("type").asText()).isEqualTo("HK_MO_TW");
        assertThat(j.get("countyName").asText()).isEqualTo("香港特别行政区");
    }

    @Test
    void foreignerPermanentResidence() throws Exception {
        JsonNode j = run("911398199012310021").json();
        assertThat(j.get("type").asText()).isEqualTo("FOREIGN_PR_2023");
        assertThat(j.get("countyCode").isNull()).isTrue();
        assertThat(run("KAZ110090123105").json().get("type").asText()).isEqualTo("FOREIGN_PR_2017");
    }
}
