Console.WriteLine("UnsafeMigrations sample: build it to see SafeMigrations diagnostics.");
