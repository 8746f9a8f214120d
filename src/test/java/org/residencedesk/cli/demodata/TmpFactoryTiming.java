package org.residencedesk.cli.demodata;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.residencedesk.masterdata.ClasspathMasterData;
import org.residencedesk.masterdata.Pinyin4jNameInitials;

public final class TmpFactoryTiming {
    public static void main(String[] a) {
        ClasspathMasterData md = new ClasspathMasterData();
        LocalDate today = LocalDate.of(2026, 11, 28);
        DemoRecordFactory f = new DemoRecordFactory(WordLists.load(), new Places(md, "420111"), new Pinyin4jNameInitials(),
                md, "registration", 1, "420111999001", List.of("demo"), ZoneId.of("Asia/Shanghai"), today, 365, 1);
        for (int round = 0; round < 3; round++) {
            long t = System.nanoTime();
            long len = 0;
            for (int i = 0; i < 100_000; i++) len += f.make(i, today.minusDays(1 + i % 300), i + 1).formJson.length();
            System.out.printf("100k records: %.2f s, avg json %d chars%n", (System.nanoTime() - t) / 1e9, len / 100_000);
        }
    }
}
