package org.residencedesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule of the one password policy with its own Chinese message; good passwords pass. */
class PasswordPolicyTest {
    private static Map<String, String> problems(String login, String password) {
        Problems p = new Problems();
        PasswordPolicy.check(p, "password", login, password.toCharArray());
        try {
            p.throwIfAny();
            return Map.of();
        } catch (ValidationFailure e) {
            return e.fieldMessages();
        }
    }

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "wangfang | Abc#1234     | 密码至少10位",
            "wangfang | 关山街道服务站123456 | 密码须包含大写字母、小写字母、数字、其他符号这四类中的至少三类",
            "wangfang | abcdefghij12 | 密码须包含大写字母、小写字母、数字、其他符号这四类中的至少三类",
            "wangfang | ABCDEFGH!!!! | 密码须包含大写字母、小写字母、数字、其他符号这四类中的至少三类",
            "wangfang | WangFang#2026 | 密码不能包含账号",
            "wangfang | 2026wangfangA | 密码不能包含账号",
            "wangfang | Password123! | 这是常见的弱密码（常用单词或键盘顺序加数字符号），请换一个",
            "wangfang | P@ssw0rd2026 | 这是常见的弱密码（常用单词或键盘顺序加数字符号），请换一个",
            "wangfang | 1qaz@WSX3edc | 这是常见的弱密码（常用单词或键盘顺序加数字符号），请换一个",
            "wangfang | Qwerty!12345 | 这是常见的弱密码（常用单词或键盘顺序加数字符号），请换一个",
            "wangfang | Admin@123456 | 这是常见的弱密码（常用单词或键盘顺序加数字符号），请换一个",
            "wangfang | Wuhan2026!! | 这是常见的弱密码（常用单词或键盘顺序加数字符号），请换一个",
    })
    void eachRuleHasItsOwnMessage(String login, String password, String message) {
        assertThat(problems(login, password)).isEqualTo(Map.of("password", message));
    }

    @ParameterizedTest
    @CsvSource({"wangfang, Guanshan#88", "wangfang, Counter2026", "admin, Station#2026", "liming, 珞喻路Lu1037号",
            "wangfang, correct-Horse-battery"})
    void goodPasswordsPass(String login, String password) {
        assertThat(problems(login, password)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void emptyTooLongAndAMismatchedConfirmation() {
        assertThat(problems("wangfang", "")).isEqualTo(Map.of("password", "此项必填"));
        assertThat(problems("wangfang", "Aa1#".repeat(33))).isEqualTo(Map.of("password", "密码不能超过128位"));
        Problems p = new Problems();
        PasswordPolicy.checkWithConfirmation(p, "password", "confirm", "wangfang", "Guanshan#88".toCharArray(),
                "Guanshan#89".toCharArray());
        assertThat(p.has("password")).isFalse();
        assertThat(p.has("confirm")).isTrue();
    }
}
