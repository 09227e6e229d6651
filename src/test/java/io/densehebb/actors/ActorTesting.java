package io.densehebb.actors;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;

/** Pekko settings for actor tests: every message goes through its serializer, as if it crossed machines. */
final class ActorTesting {

    private ActorTesting() {
    }

    static Config serializeEverything() {
        return ConfigFactory.parseString("""
                pekko.actor.serialize-messages = on
                pekko.actor.serialize-creators = off
                pekko.loglevel = WARNING
                """).withFallback(ConfigFactory.parseResources("densehebb-pekko.conf"));
    }
}
