package org.residencedesk.cli;

import picocli.CommandLine.IVersionProvider;

/** What {@code --version} prints for every command: the product and its build version. */
public final class CliVersion implements IVersionProvider {
    static final String DEVELOPMENT_VERSION = "0.1";

    @Override
    public String[] getVersion() {
        String built = CliVersion.class.getPackage().getImplementationVersion();
        return new String[] {CliMessages.get("cli.version", built == null ? DEVELOPMENT_VERSION : built)};
    }
}
