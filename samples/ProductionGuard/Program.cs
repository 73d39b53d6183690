Console.WriteLine("ProductionGuard sample: build it to see the guard stop a build whose configuration points at production.");
