package nngrade.checks.schedules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nngrade.checks.support.Fixtures;
import nngrade.checks.support.Hyper;

/**
 * The learning rates torch.optim.lr_scheduler gave for one set of hyperparameters
 * (checks/fixtures/schedules_fixtures.py).
 *
 * @param hyper the hyperparameters, named as the check's problem names them
 * @param lr    lr[t] is get_last_lr() after t calls of scheduler.step()
 */
record TorchSchedule(Hyper hyper, double[] lr) {

    /** @return every case of the fixture file /nngrade/fixtures/NAME.json */
    static List<TorchSchedule> load(String name) {
        List<TorchSchedule> cases = new ArrayList<>();
        for (JsonNode c : Fixtures.load(name).get("cases")) {
            cases.add(new TorchSchedule(Hyper.of(c.get("hyper")), Fixtures.doubles(c.get("lr"))));
        }
        return cases;
    }

    /** @return "torch.optim.lr_scheduler.StepLR(...), fixture case 2 (lr0=..., ...)" */
    static String describe(String name, int index, TorchSchedule c) {
        return Fixtures.load(name).get("torch").asText() + ", fixture case " + index + " (" + c.hyper() + ")";
    }
}
