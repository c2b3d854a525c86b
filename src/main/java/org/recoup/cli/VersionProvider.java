package org.recoup.cli;

import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = RecoupCommand.class.getPackage().getImplementationVersion();
        return new String[] {"recoup " + (version == null ? "development build" : version)};
    }
}
