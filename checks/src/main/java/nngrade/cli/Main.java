package nngrade.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The nngrade command line: {@code nngrade list}, {@code check}, {@code grade}, {@code help CMD}, and
 * the packaging for students and platforms: {@code handout}, {@code gradescope}, {@code classroom}.
 */
@Command(name = "nngrade", mixinStandardHelpOptions = true, version = "nngrade 0.1.0",
        description = "Grades implementations of neural-network building blocks against property-based checks.",
        subcommands = {ListCommand.class, CheckCommand.class, GradeCommand.class, HandoutCommand.class,
                GradescopeCommand.class, ClassroomCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
