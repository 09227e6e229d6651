package io.densehebb.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}: the jar's Implementation-Version, or "dev" from classes. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"densehebb " + version()};
    }
}
